using Ise.Effects;

namespace Ise.Events;

/// <summary>
/// The changes one request makes to an attendance bucket, remembered so they can be taken back if
/// the group-commit write that carries them fails.
/// </summary>
internal sealed class BucketChange(AttendanceBucketState state)
{
    private readonly List<Action> _undo = [];

    public void Put(Registration registration)
    {
        var had = state.Registrations.TryGetValue(registration.Code, out var previous);
        state.Registrations[registration.Code] = registration;
        _undo.Add(() => Restore(state.Registrations, registration.Code, had, previous));
    }

    public void SetIdempotencyKey(string key, string code)
    {
        var had = state.IdempotencyKeys.TryGetValue(key, out var previous);
        state.IdempotencyKeys[key] = code;
        _undo.Add(() => Restore(state.IdempotencyKeys, key, had, previous));
    }

    public void SetAttendanceEntry(string code, string? entryId)
    {
        var had = state.AttendanceEntries.TryGetValue(code, out var previous);
        if (entryId is null)
        {
            state.AttendanceEntries.Remove(code);
        }
        else
        {
            state.AttendanceEntries[code] = entryId;
        }

        _undo.Add(() => Restore(state.AttendanceEntries, code, had, previous));
    }

    public void SetEvent(BucketEvent @event)
    {
        var previous = state.Event;
        state.Event = @event;
        _undo.Add(() => state.Event = previous);
    }

    public void AddEffect(EffectTarget target, string key, Effect effect)
    {
        var entry = state.Outbox.Add(target, key, effect);
        _undo.Add(() => state.Outbox.Remove([entry]));
    }

    public void Rollback()
    {
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }
    }

    private static void Restore<T>(Dictionary<string, T> map, string key, bool had, T? previous)
    {
        if (had)
        {
            map[key] = previous!;
        }
        else
        {
            map.Remove(key);
        }
    }
}
