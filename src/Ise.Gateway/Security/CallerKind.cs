namespace Ise.Gateway.Security;

/// <summary>The kinds of caller the limits tell apart: each has its own budget per window (<see cref="RateLimitOptions"/>).</summary>
public enum CallerKind
{
    /// <summary>A partner system presenting an API key.</summary>
    ApiKey,

    /// <summary>A person signed in to the pages (cookie).</summary>
    Person,

    /// <summary>Anyone without credentials, told apart by address.</summary>
    Anonymous,
}
