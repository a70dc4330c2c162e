using GraphQL.Types;

namespace Ise.Gateway.GraphQL.Types.Diagnostics;

/// <summary>
/// The shape shared by a submitted assessment and a draft of one (version, language, partner, answers); each
/// says in its descriptions what it requires of the partner and the answers.
/// </summary>
public abstract class DiagnosticAnswersInputGraphType : InputObjectGraphType<SubmitDiagnosticInput>
{
    protected DiagnosticAnswersInputGraphType(string name, string version, string language, string partner, string answers)
    {
        Name = name;
        Field(i => i.Version).Description(version);
        Field(i => i.Language, type: typeof(NonNullGraphType<LanguageEnumGraphType>)).Description(language);
        Field(i => i.PartnerId, type: typeof(IdGraphType)).Description(partner);
        Field(i => i.Answers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosticAnswerInputGraphType>>>)).Description(answers);
    }
}
