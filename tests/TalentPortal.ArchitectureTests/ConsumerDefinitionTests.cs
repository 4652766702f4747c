using System.Reflection;
using System.Reflection.Emit;
using MassTransit;
using TalentPortal.ServiceDefaults.Messaging;

namespace TalentPortal.ArchitectureTests;

/// <summary>Every consumer has a consumer definition next to it (AddMessaging registers consumers with the definitions
/// found in the same assembly), and that definition derives from <see cref="RetryingConsumerDefinition{TConsumer}"/>,
/// which configures the in-process retry (UseMessageRetry) and the redelivery before a message is kept as failed. A
/// consumer without one would get no retry at all.</summary>
public sealed class ConsumerDefinitionTests
{
    public static TheoryData<string> Consumers =>
        [.. Deployables.All.SelectMany(d => d.Assemblies).SelectMany(ConsumersIn).Select(t => t.AssemblyQualifiedName!)];

    [Fact]
    public void Services_haveConsumers()
    {
        Assert.NotEmpty(Consumers);
    }

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Consumer_hasOneRetryingDefinitionInItsAssembly(string consumerName)
    {
        var consumer = Type.GetType(consumerName, throwOnError: true)!;

        var definitions = consumer.Assembly.GetTypes().Where(t => !t.IsAbstract && DefinedConsumer(t) == consumer).ToList();

        Assert.True(definitions.Count == 1, $"{consumer.Name} needs exactly one consumer definition in {consumer.Assembly.GetName().Name}; found {definitions.Count}");
        var definition = definitions[0];
        Assert.True(
            typeof(RetryingConsumerDefinition<>).MakeGenericType(consumer).IsAssignableFrom(definition),
            $"{definition.Name} must derive from RetryingConsumerDefinition<{consumer.Name}>, which configures retry");
        Assert.True(
            KeepsBaseConfiguration(definition, consumer),
            $"{definition.Name} overrides ConfigureConsumer without calling the base, which configures retry");
    }

    private static IEnumerable<Type> ConsumersIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IConsumer).IsAssignableFrom(t));

    /// <summary>The consumer a <c>ConsumerDefinition&lt;TConsumer&gt;</c> defines; null for any other type.</summary>
    private static Type? DefinedConsumer(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(ConsumerDefinition<>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }

    /// <summary>True when no class between the definition and RetryingConsumerDefinition overrides ConfigureConsumer,
    /// or each override calls its base.</summary>
    private static bool KeepsBaseConfiguration(Type definition, Type consumer)
    {
        var retrying = typeof(RetryingConsumerDefinition<>).MakeGenericType(consumer);
        for (var type = definition; type is not null && type != retrying; type = type.BaseType)
        {
            var overridden = type.GetMethod("ConfigureConsumer", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
            if (overridden is not null && !CallsBase(overridden))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CallsBase(MethodInfo method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var call = (byte)OpCodes.Call.Value;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] == call && ResolveOrNull(method.Module, BitConverter.ToInt32(il, i + 1), method.DeclaringType!) is { Name: "ConfigureConsumer" } target
                && target.DeclaringType!.IsAssignableFrom(method.DeclaringType!.BaseType))
            {
                return true;
            }
        }

        return false;
    }

    private static MethodBase? ResolveOrNull(Module module, int token, Type declaringType)
    {
        try
        {
            return module.ResolveMethod(token, declaringType.GetGenericArguments(), null);
        }
        catch (ArgumentException)
        {
            return null; // the byte was an operand, not a call: its "token" names nothing
        }
    }
}
