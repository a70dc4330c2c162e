namespace Ise.Programme;

/// <summary>The five programme regions.</summary>
[GenerateSerializer]
public enum Region
{
    Kent = 0,
    HautsDeFrance = 1,
    EastFlanders = 2,
    WestFlanders = 3,
    SouthWestNetherlands = 4,
}
