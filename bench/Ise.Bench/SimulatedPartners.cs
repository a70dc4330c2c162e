using System.Globalization;

namespace Ise.Bench;

/// <summary>
/// The partner organisations of the simulated network: the programme's seven first, then generated
/// partner records (<c>sim-partner-0008</c> …, regions in rotation) added to this process's catalogue
/// through <see cref="ProgrammeCatalog.AddSimulatedPartners"/>, so the platform's own validation
/// accepts them as it accepts a real partner.
/// </summary>
public static class SimulatedPartners
{
    private static readonly Lock s_adding = new();

    /// <summary>The first <paramref name="count"/> partners of the network, generating those the catalogue lacks.</summary>
    public static IReadOnlyList<PartnerInfo> First(int count)
    {
        lock (s_adding)
        {
            var have = ProgrammeCatalog.Partners.Count;
            if (count > have)
            {
                ProgrammeCatalog.AddSimulatedPartners([.. Enumerable.Range(have + 1, count - have).Select(Generate)]);
            }
        }

        return [.. ProgrammeCatalog.Partners.Take(count)];
    }

    private static PartnerInfo Generate(int number) => new(
        string.Create(CultureInfo.InvariantCulture, $"sim-partner-{number:0000}"),
        string.Create(CultureInfo.InvariantCulture, $"Simulated partner {number}"),
        ProgrammeCatalog.Regions[number % ProgrammeCatalog.Regions.Count].Region,
        IsLeadPartner: false);
}
