namespace Ise.Connections;

/// <summary>A connection as its journal builds it: changed only by <see cref="Apply"/>, which replay calls too.</summary>
[GenerateSerializer, Alias("ise.connection-journal-state")]
public sealed class ConnectionJournalState
{
    [Id(0)]
    public ConnectionView? View { get; set; }

    public void Apply(IConnectionEvent @event) => View = @event switch
    {
        ConnectionCarriedOver carried => carried.View,
        ConnectionRequested requested => requested.View,
        ConnectionMet met => View! with { Status = ConnectionStatus.Met, MetAt = met.MetAt },
        ConnectionOutcomeRecorded outcome => View! with { Outcome = outcome.Outcome },
        ConnectionFollowUpRated rated => View! with { FollowUpRating = rated.Rating },
        _ => throw new InvalidOperationException($"A connection cannot apply {@event.GetType().Name}."),
    };
}
