using Ise.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace Ise.Journal;

/// <summary>
/// The one way a hot grain stores its changes: Orleans' <see cref="JournaledGrain{TState, TEvent}"/>
/// over the silo's journal (custom-storage log consistency). A grain decides, raises events and
/// awaits <see cref="RaiseAndConfirmAsync(TEvent[])"/> before reporting success; its state changes
/// only in <c>Apply</c> methods, which replay calls too (so they never read the clock or call out).
///
/// Activation reads the latest snapshot and the events after it in one round trip, alongside the
/// grain's other stored states, and refuses to activate on a format or kind it does not know. Every append goes through the silo's
/// <see cref="JournalWriter"/> (group commit across grains), with a snapshot in the same
/// transaction every <see cref="SnapshotEvery"/> events. Events that cause effects elsewhere
/// (<see cref="IEffectSource"/>) have them delivered by the silo's <see cref="EffectDispatcher"/>
/// once committed: the grain has no outbox, timer or reminder of its own.
///
/// Orleans' adaptor would retry a failed write forever and apply a conflicting one on top of
/// whatever it re-reads; here the writer decides. When an append is refused (storage failing, a
/// stale activation, a fenced writer) or not confirmed in time, the activation is poisoned: its
/// callers get <see cref="IseErrorCode.Unavailable"/> (nothing changed unless a retry finds it
/// was), every later call is refused the same way, later writes are dropped, and it deactivates,
/// so the next call reads the journal afresh.
/// </summary>
[LogConsistencyProvider(ProviderName = IseKeys.JournalProviderName)]
public abstract class JournaledIseGrain<TState, TEvent> : JournaledGrain<TState, TEvent>, ICustomStorageInterface<TState, TEvent>, IIncomingGrainCallFilter
    where TState : class, new()
    where TEvent : class, IJournalEvent
{
    /// <summary>Events between snapshots: replay at activation reads at most this many.</summary>
    public const int SnapshotEvery = 64;

    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(10);

    private JournalWriter _writer = null!;
    private IJournalStore _store = null!;
    private JournalCodec<TState, TEvent> _codec = null!;
    private KeyValuePair<int, TState>? _readAtActivation;
    private Exception? _poisoned;
    private string _stream = null!;

    /// <summary>The journal stream of this grain: its grain id (type and key).</summary>
    protected virtual string StreamName => this.GetGrainId().ToString();

    public override void Participate(IGrainLifecycle lifecycle)
    {
        base.Participate(lifecycle);

        // The journal is read in the stage where Orleans reads a grain's other stored states: alongside them, not after.
        lifecycle.Subscribe<JournaledIseGrain<TState, TEvent>>(GrainLifecycleStage.SetupState, ReadAtSetupAsync);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (IsPoisoned)
        {
            return;
        }

        await base.OnActivateAsync(cancellationToken);
    }

    private async Task ReadAtSetupAsync(CancellationToken cancellationToken)
    {
        _stream = StreamName;
        _writer = ServiceProvider.GetRequiredService<JournalWriter>();
        _store = ServiceProvider.GetRequiredService<IJournalStore>();
        _codec = new JournalCodec<TState, TEvent>(ServiceProvider.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>().Value.JsonSerializerOptions);

        // Read here rather than in the adaptor, which would retry a failing read forever (and an
        // activation that throws is never answered): a storage failure or an unknown format
        // poisons the activation instead, so its caller hears why and the next call reads again.
        try
        {
            _readAtActivation = await ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Poison(ex);
        }
    }

    /// <summary>Raises the events and returns once they are stored; refuses with <see cref="IseErrorCode.Unavailable"/> otherwise.</summary>
    protected async Task RaiseAndConfirmAsync(params TEvent[] events)
    {
        ThrowIfPoisoned();
        RaiseEvents(events);
        try
        {
            await ConfirmEvents().WaitAsync(ConfirmTimeout);
        }
        catch (TimeoutException ex)
        {
            Poison(ex);
        }

        ThrowIfPoisoned();
    }

    public async Task<KeyValuePair<int, TState>> ReadStateFromStorage()
    {
        if (_poisoned is not null)
        {
            // Nothing to read for an activation being replaced; its callers are refused.
            return new KeyValuePair<int, TState>(0, new TState());
        }

        if (_readAtActivation is { } read)
        {
            _readAtActivation = null;
            return read;
        }

        return await ReadAsync(CancellationToken.None);
    }

    public async Task<bool> ApplyUpdatesToStorage(IReadOnlyList<TEvent> updates, int expectedVersion)
    {
        if (_poisoned is not null)
        {
            // Dropped, not stored: this activation is being replaced and its callers were refused.
            return true;
        }

        var rows = updates.Select((e, i) => _codec.Row(_stream, expectedVersion + 1L + i, e)).ToList();
        var effects = updates.SelectMany((e, i) => e is IEffectSource source ? source.Effects(expectedVersion + 1L + i) : []).ToList();
        var last = expectedVersion + updates.Count;
        var snapshot = (last / SnapshotEvery) > (expectedVersion / SnapshotEvery) ? _codec.Snapshot(_stream, last, Replayed(State, updates)) : null;
        try
        {
            await _writer.AppendAsync(new JournalAppend(_stream, rows, snapshot, effects));
        }
        catch (JournalWriteException ex)
        {
            Poison(ex);
        }

        return true;
    }

    public Task Invoke(IIncomingGrainCallContext context)
    {
        ThrowIfPoisoned();
        return context.Invoke();
    }

    private async Task<KeyValuePair<int, TState>> ReadAsync(CancellationToken cancellationToken)
    {
        var stream = await _store.ReadStreamAsync(_stream, cancellationToken);
        var state = stream.Snapshot is { } snapshot ? _codec.State(snapshot) : new TState();
        foreach (var row in stream.Tail)
        {
            TransitionState(state, _codec.Event(row));
        }

        return new KeyValuePair<int, TState>(checked((int)stream.Version), state);
    }

    /// <summary>The confirmed state with the updates applied, on a copy (the adaptor applies them to its own after the write).</summary>
    private TState Replayed(TState confirmed, IReadOnlyList<TEvent> updates)
    {
        var copy = _codec.Copy(confirmed);
        foreach (var update in updates)
        {
            TransitionState(copy, update);
        }

        return copy;
    }

    /// <summary>Whether this activation is being replaced (its read or a write failed): a subclass's activation stops there.</summary>
    protected bool IsPoisoned => _poisoned is not null;

    private void Poison(Exception reason) => _poisoned ??= reason;

    /// <summary>Refuses the current call of a poisoned activation, which deactivates once the call ends (not before: a call forwarded from it would meet it again).</summary>
    private void ThrowIfPoisoned()
    {
        if (_poisoned is null)
        {
            return;
        }

        DeactivateOnIdle();
        if (_poisoned is JournalFormatException unreadable)
        {
            // The message alone crosses to the caller: the journal's own exception types are silo-internal.
            throw new InvalidOperationException(unreadable.Message);
        }

        throw new IseException(IseErrorCode.Unavailable, null, $"The change could not be stored now ({Describe(_poisoned)}); nothing changed unless a retry finds it stored. Retry shortly.");
    }

    private static string Describe(Exception reason) => reason switch
    {
        JournalWriteException { Failure: JournalFailure.Conflict } => "another activation of this record wrote first",
        JournalWriteException { Failure: JournalFailure.Fenced } => "this server lost its right to write",
        JournalWriteException => "storage is failing",
        _ => "storage did not answer in time",
    };
}
