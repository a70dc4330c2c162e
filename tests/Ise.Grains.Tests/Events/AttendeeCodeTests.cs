using Ise.Errors;
using Ise.Events;

namespace Ise.Grains.Tests.Events;

public sealed class AttendeeCodeTests
{
    [Fact]
    public void A_code_routes_to_its_event_and_bucket()
    {
        var eventId = EventIds.New();
        var code = AttendeeCode.New(eventId, 17);

        var parsed = AttendeeCode.Parse(code.ToString());

        Assert.Equal((eventId, 17), (parsed.EventId, parsed.Bucket));
        Assert.Equal(code, parsed);
    }

    [Fact]
    public void Codes_are_hard_to_guess()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => AttendeeCode.New("ev-a", 0).Secret).ToHashSet();

        Assert.Equal(10_000, codes.Count);
        Assert.All(codes, secret => Assert.Equal(16, secret.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ev-abc.1")]
    [InlineData("ev-abc.x.ABCDEFGHJKMNPQRS")]
    [InlineData("ev-abc.-1.ABCDEFGHJKMNPQRS")]
    [InlineData("ev-abc.1.ABCDEFGHJKMNPQR")]
    [InlineData("ev-abc.1.abcdefghjkmnpqrs")]
    [InlineData("xx-abc.1.ABCDEFGHJKMNPQRS")]
    [InlineData("ev-abc.1.ABCDEFGHJKMNPQRS.extra")]
    public void A_malformed_code_is_refused_naming_the_field(string text)
    {
        Assert.False(AttendeeCode.TryParse(text, out _));
        var error = Assert.Throws<IseException>(() => AttendeeCode.Parse(text));
        Assert.Equal(("code", IseErrorCode.Validation), (error.Field, error.Code));
    }
}
