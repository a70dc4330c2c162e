using FluentValidation;
using Ise.Programme;

namespace Ise.Events;

/// <summary>The shape of a new event: a programme event kind, a partner host, sensible times and capacity.</summary>
public sealed class CreateEventValidator : AbstractValidator<CreateEvent>
{
    public const int MaxCapacity = 100_000;
    public const int MaxTitleLength = 200;

    public CreateEventValidator()
    {
        RuleFor(e => e.Title).NotEmpty().WithMessage("title is required.")
            .MaximumLength(MaxTitleLength).WithMessage($"title is longer than {MaxTitleLength} characters.");
        RuleFor(e => e.Kind).Must(ProgrammeCatalog.IsEventKind)
            .WithMessage(e => $"kind {e.Kind} is not an event kind (taster session, sector workshop, cross-border event, major innovation event).");
        RuleFor(e => e.HostPartnerId).Must(ProgrammeCatalog.IsPartner)
            .WithMessage(e => $"hostPartnerId '{e.HostPartnerId}' is not one of the programme's partners.");
        RuleFor(e => e.Region).IsInEnum();
        RuleFor(e => e.Sectors).NotEmpty().WithMessage("at least one sector.");
        RuleForEach(e => e.Sectors).IsInEnum();
        RuleFor(e => e.EndsAtLocal).GreaterThan(e => e.StartsAtLocal).WithMessage("endsAt must be after startsAt.");
        RuleFor(e => e.Venue).NotEmpty().WithMessage("venue is required.").MaximumLength(300);
        RuleFor(e => e.Capacity).InclusiveBetween(1, MaxCapacity).WithMessage($"capacity must be between 1 and {MaxCapacity}.");
        RuleFor(e => e.WaitingListLimit).InclusiveBetween(0, MaxCapacity).When(e => e.WaitingListLimit is not null)
            .WithMessage($"waitingListLimit must be between 0 and {MaxCapacity}.");
    }
}
