namespace Ise.Journal;

/// <summary>
/// A writer's owner is a silo address (with its generation); it is dead once Orleans' membership
/// says so. An owner membership does not know (never joined, or removed long ago) counts as alive:
/// taking over a live silo's writer would fence it, so doubt leaves it alone.
/// </summary>
internal sealed class MembershipWriterLiveness(IClusterMembershipService membership) : IWriterLiveness
{
    public bool IsDead(string owner)
    {
        SiloAddress silo;
        try
        {
            silo = SiloAddress.FromParsableString(owner);
        }
        catch (FormatException)
        {
            return false;
        }

        return membership.CurrentSnapshot.GetSiloStatus(silo) == SiloStatus.Dead;
    }
}
