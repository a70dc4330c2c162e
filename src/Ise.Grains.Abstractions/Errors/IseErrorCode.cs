namespace Ise.Errors;

/// <summary>Stable error codes; the API reports them as <c>extensions.code</c>.</summary>
[GenerateSerializer]
public enum IseErrorCode
{
    /// <summary>The input is malformed or breaks a rule; nothing changed.</summary>
    Validation = 0,

    /// <summary>The SME, event, attendee or other id is unknown.</summary>
    NotFound = 1,

    /// <summary>The request is valid but the current state refuses it (capacity full, event not live...).</summary>
    Conflict = 2,

    /// <summary>The caller may not do this.</summary>
    Forbidden = 3,

    /// <summary>The change could not be stored now (storage unreachable, the grain being replaced); nothing changed, retrying helps.</summary>
    Unavailable = 4,
}
