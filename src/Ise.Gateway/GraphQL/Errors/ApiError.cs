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

    /// <summary>A refusal from the grains; when it lists several problems they go in <c>extensions.problems</c> as (field, message).</summary>
    public static ExecutionError From(IseException exception)
    {
        var error = Create(ErrorCodes.Of(exception.Code), exception.Message, exception.Field);
        if (exception.Problems.Count > 0)
        {
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["problems"] = exception.Problems.Select(p => new Dictionary<string, object?> { ["field"] = p.Field, ["message"] = p.Message }).ToList();
        }

        return error;
    }

    public static ExecutionError Forbidden(string message) => Create(ErrorCodes.Forbidden, message);

    public static ExecutionError Invalid(string field, string message) => Create(ErrorCodes.Validation, message, field);
}
