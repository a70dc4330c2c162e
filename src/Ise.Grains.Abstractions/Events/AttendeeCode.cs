using System.Globalization;
using System.Security.Cryptography;

namespace Ise.Events;

/// <summary>
/// The payload of a badge QR code: <c>{eventId}.{bucket}.{secret}</c>. It routes a scan straight to
/// the attendance bucket that owns it, and its 80-bit random secret makes it hard to guess.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.attendee-code")]
public readonly record struct AttendeeCode(
    [property: Id(0)] string EventId,
    [property: Id(1)] int Bucket,
    [property: Id(2)] string Secret)
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";
    private const int SecretLength = 16;

    public static AttendeeCode New(string eventId, int bucket)
    {
        Span<char> secret = stackalloc char[SecretLength];
        for (var i = 0; i < secret.Length; i++)
        {
            secret[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new AttendeeCode(eventId, bucket, new string(secret));
    }

    public static bool TryParse(string? text, out AttendeeCode code)
    {
        code = default;
        var parts = text?.Trim().Split('.');
        if (parts is not { Length: 3 }
            || !EventIds.IsWellFormed(parts[0])
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var bucket)
            || bucket > 9999
            || parts[2].Length != SecretLength
            || !parts[2].All(Alphabet.Contains))
        {
            return false;
        }

        code = new AttendeeCode(parts[0], bucket, parts[2]);
        return true;
    }

    /// <summary>Parses a code or refuses it with a validation error naming the field.</summary>
    public static AttendeeCode Parse(string? text, string field = "code") =>
        TryParse(text, out var code)
            ? code
            : throw Errors.IseException.Invalid(field, $"'{text}' is not an attendee code (expected EVENT.BUCKET.SECRET from the badge).");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{EventId}.{Bucket}.{Secret}");
}
