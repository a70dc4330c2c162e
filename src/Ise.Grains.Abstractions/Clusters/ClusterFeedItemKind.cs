namespace Ise.Clusters;

[GenerateSerializer]
public enum ClusterFeedItemKind
{
    MemberJoined = 0,
    MemberLeft = 1,
    Post = 2,
    EventAnnounced = 3,
    EventClosed = 4,
}
