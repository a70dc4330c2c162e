namespace Ise.Journal;

/// <summary>
/// A journal event that causes effects in other grains. The effects are a pure function of the
/// event and its version in its stream: the silo derives them once when the event commits, and
/// again from the stored row when a dead silo's batches are delivered by another, and both must
/// give the same effects in the same order (receivers deduplicate by their position).
/// </summary>
public interface IEffectSource
{
    IEnumerable<AddressedEffect> Effects(long version);
}
