using System.Text;
using Ise.Gateway.GraphQL.Transport;

namespace Ise.Gateway.Tests.GraphQL;

/// <summary>
/// Each limit of the pre-check on small documents, with small limits: a request exactly at the limit
/// passes (and comes back parsed), one over it is refused with a message naming the limit.
/// </summary>
public sealed class DocumentPrecheckTests
{
    private static readonly DocumentLimits s_roomy = new()
    {
        MaxTokens = 1_000, MaxFields = 100, MaxExpandedFields = 100, MaxDepth = 10, MaxDirectivesPerLocation = 10, MaxDirectives = 100,
        MaxArgumentsPerLocation = 10, MaxArguments = 100, MaxVariables = 10, MaxVariableValues = 100, MaxVariableDepth = 10, MaxVariableStringLength = 100,
    };

    public static TheoryData<string, string, string, DocumentLimits, string> Documents => new()
    {
        { "tokens", "{ me { role } }", "{ me { role id } }", s_roomy with { MaxTokens = 6 }, "more than 6 tokens" },
        { "syntax depth", Nested(3), Nested(4), s_roomy with { MaxSyntaxDepth = 10 }, "more than 10 syntax levels" },
        { "fields as written", "{ a b c }", "{ a b c d }", s_roomy with { MaxFields = 3 }, "more than 3 fields as written" },
        { "fields expanded", "{ ...F ...F } fragment F on Query { a b }", "{ ...F ...F c } fragment F on Query { a b }", s_roomy with { MaxExpandedFields = 4 }, "more than 4 fields once its fragments are expanded" },
        { "depth", "{ a { b { c } } }", "{ a { b { c { d } } } }", s_roomy with { MaxDepth = 3 }, "more than 3 levels deep" },
        { "depth beside siblings", "{ a { b { c } } d { e } f { g } }", "{ a { b } d { e { f { g } } } }", s_roomy with { MaxDepth = 3 }, "more than 3 levels deep" },
        { "depth through fragments", "{ ...F } fragment F on Query { a { b } }", "{ ...F } fragment F on Query { ...G } fragment G on Query { a { b } }", s_roomy with { MaxDepth = 3 }, "more than 3 levels deep" },
        { "directives on a field", "{ a @x @y }", "{ a @x @y @z }", s_roomy with { MaxDirectivesPerLocation = 2 }, "more than 2 directives at one location" },
        { "directives on a spread", "{ ...F @x @y } fragment F on Query { a }", "{ ...F @x @y @z } fragment F on Query { a }", s_roomy with { MaxDirectivesPerLocation = 2 }, "more than 2 directives at one location" },
        { "directives on a variable", "query($v: Int @x @y) { a }", "query($v: Int @x @y @z) { a }", s_roomy with { MaxDirectivesPerLocation = 2 }, "more than 2 directives at one location" },
        { "directives in total", "query @x { a @x b @x }", "query @x { a @x b @x c @x }", s_roomy with { MaxDirectives = 3 }, "more than 3 directives" },
        { "arguments of a field", "{ a(x: 1, y: 2) }", "{ a(x: 1, y: 2, z: 3) }", s_roomy with { MaxArgumentsPerLocation = 2 }, "more than 2 arguments on one field or directive" },
        { "arguments of a directive", "{ a @d(x: 1, y: 2) }", "{ a @d(x: 1, y: 2, z: 3) }", s_roomy with { MaxArgumentsPerLocation = 2 }, "more than 2 arguments on one field or directive" },
        { "arguments in total", "{ a(x: 1) b(x: 1) c @d(x: 1) }", "{ a(x: 1) b(x: 1) c @d(x: 1) e(x: 1) }", s_roomy with { MaxArguments = 3 }, "more than 3 arguments" },
        { "variable definitions", "query($a: Int, $b: Int) { a }", "query($a: Int, $b: Int, $c: Int) { a }", s_roomy with { MaxVariables = 2 }, "more than 2 variable definitions" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_at_a_limit_passes_and_one_over_it_is_refused_naming_the_limit(string limit, string atLimit, string overLimit, DocumentLimits limits, string expected)
    {
        var accepted = DocumentPrecheck.Check(atLimit, limits);
        var refused = DocumentPrecheck.Check(overLimit, limits);

        Assert.True(accepted.Problem is null, $"{limit}: {accepted.Problem}");
        Assert.NotNull(accepted.Document);
        Assert.Contains(expected, refused.Problem, StringComparison.Ordinal);
        Assert.Contains("(limit: ", refused.Problem, StringComparison.Ordinal);
        Assert.Null(refused.Document);
    }

    public static TheoryData<string, string, string, DocumentLimits, string> Variables => new()
    {
        { "values", """{"v": [1, 2]}""", """{"v": [1, 2, 3]}""", s_roomy with { MaxVariableValues = 3 }, "more than 3 values" },
        { "values in objects", """{"v": {"a": 1}}""", """{"v": {"a": 1, "b": null}}""", s_roomy with { MaxVariableValues = 2 }, "more than 2 values" },
        { "depth", """{"v": [[1]]}""", """{"v": [[[1]]]}""", s_roomy with { MaxVariableDepth = 2 }, "more than 2 levels deep" },
        { "depth of objects", """{"v": {"a": {"b": 1}}}""", """{"v": {"a": {"b": {"c": 1}}}}""", s_roomy with { MaxVariableDepth = 2 }, "more than 2 levels deep" },
        { "string length", """{"v": "abcde"}""", """{"v": ["abcdef"]}""", s_roomy with { MaxVariableStringLength = 5 }, "longer than 5 characters" },
        { "string length with escapes", """{"v": "a\u00e9\"de"}""", """{"v": "a\u00e9\"def"}""", s_roomy with { MaxVariableStringLength = 5 }, "longer than 5 characters" },
    };

    [Theory]
    [MemberData(nameof(Variables))]
    public void Variables_at_a_limit_pass_and_over_it_are_refused_naming_the_limit(string limit, string atLimit, string overLimit, DocumentLimits limits, string expected)
    {
        // What comes before the variables in the body is not theirs to count.
        static string Body(string variables) => $$"""{"query": "query($v: Int) { a }", "extensions": {"a": [1, 2, 3, [[[4]]]]}, "variables": {{variables}}}""";

        var accepted = VariableValueSize.InRequestBody(Encoding.UTF8.GetBytes(Body(atLimit)), limits);
        var refused = VariableValueSize.InRequestBody(Encoding.UTF8.GetBytes(Body(overLimit)), limits);

        Assert.True(accepted is null, $"{limit}: {accepted}");
        Assert.Null(VariableValueSize.Of(atLimit, limits));
        Assert.Contains(expected, refused, StringComparison.Ordinal);
        Assert.Contains("(limit: ", refused, StringComparison.Ordinal);
        Assert.Equal(refused, VariableValueSize.Of(overLimit, limits));
    }

    [Fact]
    public void A_body_without_variables_or_that_is_not_json_is_left_to_the_deserializer()
    {
        Assert.Null(VariableValueSize.InRequestBody("""{"query": "{ a }"}"""u8, s_roomy));
        Assert.Null(VariableValueSize.InRequestBody("""{"query": "{ a }", "variables": [1, 2"""u8, s_roomy));
        Assert.Null(VariableValueSize.InRequestBody("[1, 2, 3]"u8, s_roomy));
    }

    [Fact]
    public void A_cycle_of_fragments_is_left_to_validation_and_costs_nothing()
    {
        var outcome = DocumentPrecheck.Check("{ ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }", s_roomy);

        Assert.Null(outcome.Problem);
    }

    [Fact]
    public void A_document_that_does_not_parse_is_left_to_the_executer()
    {
        var outcome = DocumentPrecheck.Check("{ me { role }", s_roomy);

        Assert.Equal(new PrecheckOutcome(null, null), outcome);
    }

    [Fact]
    public void The_default_limits_let_introspection_through()
    {
        var outcome = DocumentPrecheck.Check(IntrospectionQuery);

        Assert.Null(outcome.Problem);
    }

    private static string Nested(int levels) => string.Concat(Enumerable.Repeat("{ a ", levels)) + new string('}', levels);

    /// <summary>The introspection query graphql-js sends (version 16, every option on), the largest document a tool sends.</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
