namespace Ise.Indexes;

/// <summary>
/// A member joining (<see cref="Present"/>) or leaving a list, as of the member's own
/// <see cref="Version"/> of its changes: applied only over an older row of that member.
/// </summary>
public sealed record IndexMemberChange(string List, string Member, long Version, bool Present);
