namespace Ise.Errors;

/// <summary>
/// A refusal the caller can act on: a code, the input field at fault (when one is), and a message
/// naming the problem. Grains throw it before changing anything, so a refused request changes nothing.
/// </summary>
[GenerateSerializer, Alias("ise.error")]
public sealed class IseException : Exception
{
    public IseException()
    {
    }

    public IseException(string message)
        : base(message)
    {
    }

    public IseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IseException(IseErrorCode code, string? field, string message)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    [Id(0)]
    public IseErrorCode Code { get; private set; }

    [Id(1)]
    public string? Field { get; private set; }

    /// <summary>Every problem found when an input was checked as a whole (empty for single-field refusals).</summary>
    [Id(2)]
    public IReadOnlyList<IseProblem> Problems { get; private set; } = [];

    public static IseException Invalid(string field, string message) => new(IseErrorCode.Validation, field, message);

    /// <summary>Refuses an input with all its problems at once; the message lists them, the field is the first one's.</summary>
    public static IseException Invalid(IReadOnlyList<IseProblem> problems)
    {
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        var message = problems.Count == 1
            ? problems[0].Message
            : $"{problems.Count} problems: " + string.Join("; ", problems.Select(p => p.Message));
        return new(IseErrorCode.Validation, problems[0].Field, message) { Problems = problems };
    }

    public static IseException NotFound(string field, string message) => new(IseErrorCode.NotFound, field, message);

    public static IseException Conflict(string message, string? field = null) => new(IseErrorCode.Conflict, field, message);
}
