namespace Ise.Programme;

/// <summary>The programme's working languages.</summary>
[GenerateSerializer]
public enum Language
{
    English = 0,
    French = 1,
    Dutch = 2,
}
