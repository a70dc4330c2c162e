namespace Ise.Gateway.Hubs;

/// <summary>What an event's dashboard receives: fresh snapshots (after a gap) and deltas.</summary>
public interface IEventHubClient
{
    Task Snapshot(EventBoard board);

    Task Changed(EventBoardUpdate update);
}
