using System.Diagnostics.Metrics;

namespace Ise.Grains.Tests.Journal;

/// <summary>The most calls to receivers one dispatcher had in flight at once, from its <c>ise.journal.dispatch.calls</c> counter.</summary>
public sealed class PeakCallsInFlight : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _inFlight;
    private long _peak;

    public PeakCallsInFlight(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter) && instrument.Name == "ise.journal.dispatch.calls")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, change, _, _) => Record(Interlocked.Add(ref _inFlight, change)));
        _listener.Start();
    }

    public long Peak => Interlocked.Read(ref _peak);

    public void Dispose() => _listener.Dispose();

    private void Record(long inFlight)
    {
        var peak = Interlocked.Read(ref _peak);
        while (inFlight > peak)
        {
            var seen = Interlocked.CompareExchange(ref _peak, inFlight, peak);
            if (seen == peak)
            {
                return;
            }

            peak = seen;
        }
    }
}
