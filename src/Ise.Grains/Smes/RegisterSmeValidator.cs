using FluentValidation;
using Ise.Programme;

namespace Ise.Smes;

/// <summary>The shape of a registration: every field present, in range and one of the programme's values.</summary>
public sealed class RegisterSmeValidator : AbstractValidator<RegisterSme>
{
    public const int MaxNameLength = 200;
    public const int MaxContacts = 20;

    public RegisterSmeValidator()
    {
        RuleFor(c => c.Country).IsInEnum();
        RuleFor(c => c.Region).IsInEnum();
        RuleFor(c => c.Sector).IsInEnum();
        RuleFor(c => c.Name).NotEmpty().WithMessage("name is required.")
            .MaximumLength(MaxNameLength).WithMessage($"name is longer than {MaxNameLength} characters.");
        RuleFor(c => c.StaffCount).InclusiveBetween(0, 1_000_000).WithMessage("staffCount must be between 0 and 1,000,000.");
        RuleFor(c => c.Turnover).NotNull().SetValidator(new MoneyValidator("turnover"));
        RuleFor(c => c.BalanceSheetTotal).NotNull().SetValidator(new MoneyValidator("balanceSheetTotal"));
        RuleFor(c => c.LeadPartnerId).Must(ProgrammeCatalog.IsPartner)
            .WithMessage(c => $"leadPartnerId '{c.LeadPartnerId}' is not one of the programme's partners.");
        RuleFor(c => c.Contacts).NotNull().Must(list => list is null || list.Count <= MaxContacts)
            .WithMessage($"at most {MaxContacts} contacts.");
        RuleForEach(c => c.Contacts).SetValidator(new ContactInputValidator());
    }
}
