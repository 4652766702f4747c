using Xunit.Abstractions;
using Xunit.Sdk;

namespace TalentPortal.Storage.Tests;

/// <summary>Marks a contract-test class that needs a MongoDB server (replica set) in <c>TALENTPORTAL_TEST_MONGO</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresMongoAttribute : Attribute
{
    public const string Variable = "TALENTPORTAL_TEST_MONGO";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}

/// <summary>A contract test: runs for every adapter, and shows as skipped (not silently absent) for MongoDB when no
/// server is configured.</summary>
[XunitTestCaseDiscoverer("TalentPortal.Storage.Tests.StoreFactDiscoverer", "TalentPortal.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsMongo = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresMongoAttribute)).Any();
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (needsMongo && RequiresMongoAttribute.ConnectionString is null)
        {
            yield return new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, $"{RequiresMongoAttribute.Variable} is not set: no MongoDB server to run against.");
        }
        else
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
    }
}
