using GraphQL;
using Ise.Errors;

namespace Ise.Gateway.GraphQL.Errors;

/// <summary>Builds the execution errors the API reports: a message, a stable code and, for input errors, the field path.</summary>
public static class ApiError
{
    public static ExecutionError Create(string code, string message, string? field = null)
    {
        var error = new ExecutionError(message) { Code = code };
        if (field is not null)
        {
            error.Extensions = new Dictionary<string, object?> { ["field"] = field };
        }

        return error;
    }

    public static ExecutionError From(IseException exception) => Create(ErrorCodes.Of(exception.Code), exception.Message, exception.Field);

    public static ExecutionError Forbidden(string message) => Create(ErrorCodes.Forbidden, message);

    public static ExecutionError Invalid(string field, string message) => Create(ErrorCodes.Validation, message, field);
}
