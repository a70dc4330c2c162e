using System.Text.Json;
using System.Text.RegularExpressions;
using Ise.Gateway.GraphQL.TrustedDocuments;
using Ise.Testing;

namespace Ise.Gateway.Tests.TrustedDocuments;

/// <summary>The page documents built into the gateway are those the pages send (regenerate with <c>npm run page-documents</c> in ClientApp).</summary>
public sealed partial class PageDocumentsFileTests
{
    [Fact]
    public void Every_literal_document_of_a_page_is_in_the_built_in_page_documents()
    {
        var live = Path.Combine(RepositoryPaths.Root, "src", "Ise.Gateway", "wwwroot", "live");
        var built = PageDocuments.Load().Select(d => d.Document).ToHashSet();
        var sent = Directory.GetFiles(live, "*.js")
            .SelectMany(file => LiteralDocument().Matches(File.ReadAllText(file)))
            .Select(match => JsonSerializer.Deserialize<string>('"' + match.Groups[1].Value.Replace("\\'", "'", StringComparison.Ordinal) + '"')!)
            .ToList();

        Assert.NotEmpty(sent);
        Assert.All(sent, document => Assert.Contains(document, built));
    }

    [GeneratedRegex(@"graphql\('((?:[^'\\]|\\.)*)'")]
    private static partial Regex LiteralDocument();
}
