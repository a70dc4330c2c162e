using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Ise.Gateway.GraphQL.Errors;

/// <summary>
/// Shapes every error the API returns: the platform's codes pass through; document and variable
/// errors become VALIDATION; anything unexpected becomes INTERNAL with a plain message, never a
/// stack trace or an exception name.
/// </summary>
public sealed class IseErrorInfoProvider : IErrorInfoProvider
{
    private static readonly HashSet<string> s_ours = [ErrorCodes.NotFound, ErrorCodes.Validation, ErrorCodes.Forbidden, ErrorCodes.Conflict, ErrorCodes.Unavailable, ErrorCodes.RateLimited, TrustedDocuments.RequestedDocument.PersistedQueryNotFound];

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>();
        string message;
        if (executionError.Code is { } code && s_ours.Contains(code))
        {
            extensions["code"] = code;
            message = executionError.Message;
        }
        else if (executionError is ValidationError or DocumentError or InvalidOperationError)
        {
            extensions["code"] = ErrorCodes.Validation;
            message = executionError.Message;
        }
        else
        {
            extensions["code"] = ErrorCodes.Internal;
            message = "The request could not be completed because of an internal error.";
        }

        if (executionError.Extensions is { } own)
        {
            foreach (var (key, value) in own)
            {
                extensions[key] = value;
            }
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
