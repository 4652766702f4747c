using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace TalentPortal.Testing;

/// <summary>Waits for the first event of a type matching a condition, on a temporary queue of the host's own bus.</summary>
public sealed class EventProbe<T> where T : class
{
    internal EventProbe()
    {
    }

    public TaskCompletionSource<T> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal HostReceiveEndpointHandle? Handle { get; set; }

    public async Task<T> WaitAsync()
    {
        try
        {
            return await Received.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
        finally
        {
            await Handle!.StopAsync();
        }
    }
}

/// <summary>Starts <see cref="EventProbe{T}"/>s.</summary>
public static class EventProbe
{
    public static async Task<EventProbe<T>> ListenAsync<T>(IServiceProvider services, Func<T, bool> match) where T : class
    {
        var probe = new EventProbe<T>();
        var handle = services.GetRequiredService<IBus>().ConnectReceiveEndpoint($"test-{typeof(T).Name}-{Guid.NewGuid():N}", e =>
            e.Handler<T>(context =>
            {
                if (match(context.Message))
                {
                    probe.Received.TrySetResult(context.Message);
                }

                return Task.CompletedTask;
            }));
        await handle.Ready;
        probe.Handle = handle;
        return probe;
    }
}
