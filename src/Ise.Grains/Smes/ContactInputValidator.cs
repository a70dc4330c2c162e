using FluentValidation;

namespace Ise.Smes;

/// <summary>A contact is held only with recorded consent; its details must look like what they claim to be.</summary>
public sealed class ContactInputValidator : AbstractValidator<ContactInput>
{
    public ContactInputValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("name is required.").MaximumLength(200);
        RuleFor(c => c.Email).EmailAddress().WithMessage(c => $"'{c.Email}' is not an email address.")
            .MaximumLength(254).When(c => c.Email is not null);
        RuleFor(c => c.Phone).Matches(@"^\+?[0-9 ()\-.]{6,30}$").When(c => c.Phone is not null)
            .WithMessage(c => $"'{c.Phone}' is not a phone number.");
        RuleFor(c => c.Consent).NotNull()
            .WithMessage("contact details are kept only with recorded consent (version, date, language).");
        RuleFor(c => c.Consent!.Version).NotEmpty().MaximumLength(50).When(c => c.Consent is not null);
        RuleFor(c => c.Consent!.Language).IsInEnum().When(c => c.Consent is not null);
    }
}
