using GraphQL.Types;
using Ise.Clusters;

namespace Ise.Gateway.GraphQL.Types;

public sealed class ClusterFeedItemGraphType : ObjectGraphType<ClusterFeedItem>
{
    public ClusterFeedItemGraphType()
    {
        Name = "ClusterFeedItem";
        Field(i => i.Sequence, type: typeof(NonNullGraphType<LongGraphType>));
        Field(i => i.Kind, type: typeof(NonNullGraphType<ClusterFeedItemKindEnumGraphType>));
        Field(i => i.At);
        Field(i => i.SmeId, type: typeof(IdGraphType));
        Field(i => i.EventId, type: typeof(IdGraphType));
        Field(i => i.Text, nullable: true).Description("As the member wrote it: render it as text, never as HTML.");
        Field(i => i.Attendance, nullable: true).Description("For a closed event: how many attended.");
    }
}
