namespace Ise.Bench;

public sealed class NoOpGrain : Grain, INoOpGrain
{
    public Task PingAsync() => Task.CompletedTask;
}
