using Ise.Errors;

namespace Ise.Gateway.GraphQL.Errors;

/// <summary>The stable <c>extensions.code</c> values of the API.</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
    public const string Unavailable = "UNAVAILABLE";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string RateLimited = "RATE_LIMITED";
    public const string Internal = "INTERNAL";

    public static string Of(IseErrorCode code) => code switch
    {
        IseErrorCode.NotFound => NotFound,
        IseErrorCode.Validation => Validation,
        IseErrorCode.Conflict => Conflict,
        IseErrorCode.Forbidden => Forbidden,
        IseErrorCode.Unavailable => Unavailable,
        _ => Internal,
    };
}
