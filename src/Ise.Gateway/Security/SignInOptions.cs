namespace Ise.Gateway.Security;

/// <summary>How people sign in (section <c>Ise:SignIn</c>): session lifetime, re-validation and lockout.</summary>
public sealed class SignInOptions
{
    /// <summary>A session ends after this long without a request (sliding: each request in the second half renews it).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often a session is checked against its account: a disabled account or a new password ends it within this time.</summary>
    public TimeSpan ValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account refuses every sign-in.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(5);

    public void Validate()
    {
        if (SessionLifetime <= TimeSpan.Zero || ValidationInterval <= TimeSpan.Zero || Lockout <= TimeSpan.Zero || MaxFailedAttempts < 1)
        {
            throw new InvalidOperationException("Ise:SignIn: SessionLifetime, ValidationInterval and Lockout must be positive durations (e.g. 00:05:00) and MaxFailedAttempts at least 1.");
        }
    }
}
