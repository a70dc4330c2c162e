using GraphQL.Types;
using Ise.Events;

namespace Ise.Gateway.GraphQL.Types;

public sealed class FeedbackGraphType : ObjectGraphType<Feedback>
{
    public FeedbackGraphType()
    {
        Name = "Feedback";
        Field(f => f.Rating);
        Field(f => f.Comment, nullable: true).Description("Stored as given; render it as text.");
        Field(f => f.GivenAt);
    }
}
