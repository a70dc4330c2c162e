namespace Ise.Diagnostics;

/// <summary>What a peer group shares: the sector or the region of its SMEs.</summary>
[GenerateSerializer]
public enum PeerGroupKind
{
    Sector = 0,
    Region = 1,
}
