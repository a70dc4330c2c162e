namespace Ise.Bench;

/// <summary>The baseline of P1: a grain call that does nothing.</summary>
public interface INoOpGrain : IGrainWithIntegerKey
{
    Task PingAsync();
}
