namespace Ise.Gateway.Hubs;

/// <summary>What a cluster page receives: fresh snapshots (after a gap) and deltas.</summary>
public interface IClusterHubClient
{
    Task Snapshot(ClusterBoard board);

    Task Changed(ClusterBoardUpdate update);
}
