namespace Ise.Security;

/// <summary>People's emails as account keys: trimmed and lower-case, with a plausible shape.</summary>
public static class PersonEmails
{
    public const int MaxLength = 254;

    /// <summary>The key form of an email: trimmed, lower-case (invariant).</summary>
    public static string Normalise(string? email) => (email ?? "").Trim().ToLowerInvariant();

    /// <summary>Whether a normalised email looks like one: one <c>@</c>, something before it, a dot after it, no spaces.</summary>
    public static bool IsPlausible(string normalised)
    {
        var at = normalised.IndexOf('@', StringComparison.Ordinal);
        return normalised.Length is > 0 and <= MaxLength
            && at > 0
            && at == normalised.LastIndexOf('@')
            && normalised.IndexOf('.', at) > at + 1
            && !normalised.EndsWith('.')
            && !normalised.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}
