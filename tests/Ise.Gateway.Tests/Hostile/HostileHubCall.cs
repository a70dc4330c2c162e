namespace Ise.Gateway.Tests.Hostile;

/// <summary>One hostile hub invocation: what it tries, as whom, on which hub, the method and its arguments as sent.</summary>
public sealed record HostileHubCall(string Name, string ApiKey, string HubPath, string Method, object?[] Arguments)
{
    /// <summary>Leaving a group answers nothing and reveals nothing, so it may succeed whatever it is given.</summary>
    public bool MaySucceed => Method == "Leave";

    public override string ToString() => Name;
}
