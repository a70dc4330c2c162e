using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>The page size a list accepts: 20 unless asked, at most 100.</summary>
public static class PageSize
{
    public const int Default = 20;
    public const int Max = 100;

    public static int Of(int? first) => first switch
    {
        null => Default,
        < 1 or > Max => throw ApiError.Invalid("first", $"first must be between 1 and {Max}, not {first}."),
        _ => first.Value,
    };
}
