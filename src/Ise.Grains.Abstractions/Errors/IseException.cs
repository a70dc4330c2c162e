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

    public static IseException Invalid(string field, string message) => new(IseErrorCode.Validation, field, message);

    public static IseException NotFound(string field, string message) => new(IseErrorCode.NotFound, field, message);

    public static IseException Conflict(string message, string? field = null) => new(IseErrorCode.Conflict, field, message);
}
