namespace Ise.Smes;

[GenerateSerializer]
public enum Currency
{
    EUR = 0,
    GBP = 1,
}
