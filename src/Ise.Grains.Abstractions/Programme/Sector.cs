namespace Ise.Programme;

/// <summary>The four target sectors; each one is a sector cluster.</summary>
[GenerateSerializer]
public enum Sector
{
    FoodAndDrink = 0,
    Mechatronics = 1,
    DigitalAndCreative = 2,
    NewMaterials = 3,
}
