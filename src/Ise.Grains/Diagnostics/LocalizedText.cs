using Ise.Programme;

namespace Ise.Diagnostics;

/// <summary>A text of the diagnostic data in the programme's three languages.</summary>
public sealed record LocalizedText(string En, string Fr, string Nl)
{
    public string In(Language language) => language switch
    {
        Language.English => En,
        Language.French => Fr,
        Language.Dutch => Nl,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "not a programme language"),
    };
}
