using System.Text.RegularExpressions;
using Ise.Gateway.GraphQL.TrustedDocuments;
using Ise.Testing;

namespace Ise.Gateway.Tests.TrustedDocuments;

/// <summary>
/// The page documents built into the gateway are those the pages send (regenerate with <c>npm run page-documents</c>
/// in ClientApp): every page writes each document as a literal in its <c>graphql(…)</c> call, none is built at run
/// time, and the list holds exactly those literals. The browser tests check what the pages really send
/// (<c>Browser/PageDocumentWatch</c>).
/// </summary>
public sealed partial class PageDocumentsFileTests
{
    private static readonly string s_live = Path.Combine(RepositoryPaths.Root, "src", "Ise.Gateway", "wwwroot", "live");

    [Fact]
    public void No_page_builds_a_document_at_run_time()
    {
        var calls = PageCalls().ToList();

        Assert.NotEmpty(calls);
        Assert.Empty(calls.Where(c => c.Document is null).Select(c => c.Where));
    }

    [Fact]
    public void The_built_in_page_documents_are_exactly_the_documents_the_pages_write()
    {
        var written = PageCalls().Select(c => c.Document).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var built = PageDocuments.Load().Select(d => d.Document).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(written.Except(built));
        Assert.Empty(built.Except(written));
    }

    /// <summary>
    /// Every <c>graphql(</c> call of a page script (but the function's own definition in live.js), with its document when
    /// that is a literal — <c>'…'</c>, or <c>`…`</c> without <c>${…}</c>, neither with escapes — as page-documents.mjs reads it.
    /// </summary>
    private static IEnumerable<(string Where, string? Document)> PageCalls()
    {
        foreach (var file in Directory.GetFiles(s_live, "*.js").Order(StringComparer.Ordinal))
        {
            var script = File.ReadAllText(file);
            foreach (Match call in Call().Matches(script))
            {
                var literal = Literal().Match(script, call.Index + call.Length);
                var where = $"live/{Path.GetFileName(file)}:{script.AsSpan(0, call.Index).Count('\n') + 1}";
                yield return (where, literal.Success ? literal.Groups[1].Success ? literal.Groups[1].Value : literal.Groups[2].Value : null);
            }
        }
    }

    [GeneratedRegex(@"(?<!function )\bgraphql\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"\G(?:'([^'\\\n]*)'|`([^`\\$]*(?:\$(?!\{)[^`\\$]*)*)`)")]
    private static partial Regex Literal();
}
