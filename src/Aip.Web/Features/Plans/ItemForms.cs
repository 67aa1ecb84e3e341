using System.ComponentModel.DataAnnotations;
using Aip.Domain.Districts;
using Aip.Domain.Plans;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Aip.Web.Features.Plans;

/// <summary>What every plan item form carries besides its fields: the version it edits and where it sits.</summary>
public abstract class ItemForm
{
    public Guid ConcurrencyToken { get; set; }

    /// <summary>The heading context, e.g. "Objective 2" or "Initiative 2.3" (set by the controller).</summary>
    [BindNever]
    public string Context { get; set; } = string.Empty;

    [BindNever]
    public bool Adding { get; set; }
}

/// <summary>An objective's or an initiative's form: besides its fields, the District Review findings it addresses.</summary>
public abstract class AddressingForm : ItemForm
{
    /// <summary>The ids of the findings ticked.</summary>
    [Display(Name = "District Review findings it addresses")]
    public List<Guid> Findings { get; set; } = [];

    /// <summary>The district's findings to choose from (set by the controller).</summary>
    [BindNever]
    public IReadOnlyList<FindingRef> Choices { get; set; } = [];

    [BindNever]
    public IReadOnlyCollection<Guid> ChoiceIds => [.. Choices.Select(c => c.Id)];
}

public sealed class ObjectiveForm : AddressingForm
{
    [Display(Name = StrategySheetLabels.Objective)]
    public string? Statement { get; set; }

    [Display(Name = StrategySheetLabels.ObjectiveLead)]
    public string? Lead { get; set; }

    public static ObjectiveForm From(Objective objective) =>
        new() { Statement = objective.Statement, Lead = objective.Lead, ConcurrencyToken = objective.ConcurrencyToken, Findings = [.. objective.Addresses] };
}

public sealed class ObjectiveFormValidator : AbstractValidator<ObjectiveForm>
{
    public ObjectiveFormValidator()
    {
        RuleFor(f => f.Statement).NotEmpty().WithMessage("Enter the strategic objective.")
            .MaximumLength(Objective.StatementMaxLength).WithMessage($"The objective must be {Objective.StatementMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Lead).MaximumLength(Objective.LeadMaxLength).WithMessage($"The lead must be {Objective.LeadMaxLength} characters or fewer.");
    }
}

public sealed class InitiativeForm : AddressingForm
{
    [Display(Name = StrategySheetLabels.Initiative)]
    public string? Description { get; set; }

    [Display(Name = StrategySheetLabels.InitiativeLead)]
    public string? Lead { get; set; }

    [Display(Name = StrategySheetLabels.KeyResources)]
    public string? KeyResources { get; set; }

    public static InitiativeForm From(Initiative initiative) => new()
    {
        Description = initiative.Description,
        Lead = initiative.Lead,
        KeyResources = initiative.KeyResources,
        ConcurrencyToken = initiative.ConcurrencyToken,
        Findings = [.. initiative.Addresses],
    };
}

public sealed class InitiativeFormValidator : AbstractValidator<InitiativeForm>
{
    public InitiativeFormValidator()
    {
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe the initiative.")
            .MaximumLength(Initiative.DescriptionMaxLength).WithMessage($"The initiative must be {Initiative.DescriptionMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Lead).MaximumLength(Initiative.LeadMaxLength).WithMessage($"The lead must be {Initiative.LeadMaxLength} characters or fewer.");
        RuleFor(f => f.KeyResources).MaximumLength(Initiative.KeyResourcesMaxLength)
            .WithMessage($"The key resources must be {Initiative.KeyResourcesMaxLength:N0} characters or fewer.");
    }
}

public sealed class TargetRow
{
    /// <summary>The target the row edits (a hidden field), so that changing its date keeps it the same target; null on a new row.</summary>
    public Guid? Id { get; set; }

    public DateOnly? Date { get; set; }

    public string? Value { get; set; }

    public bool IsBlank => Date is null && string.IsNullOrWhiteSpace(Value);
}

public sealed class BenchmarkForm : ItemForm
{
    /// <summary>Blank target rows offered on the form, beyond the ones already filled in.</summary>
    public const int BlankTargetRows = 3;

    [Display(Name = "Kind of benchmark")]
    public BenchmarkKind? Kind { get; set; }

    [Display(Name = "Benchmark")]
    public string? Description { get; set; }

    [Display(Name = "How it is measured")]
    public string? Measure { get; set; }

    [Display(Name = "Evidence that will show it")]
    public string? Evidence { get; set; }

    [Display(Name = "Frequency")]
    public string? Frequency { get; set; }

    public List<TargetRow> Targets { get; set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> Kinds { get; set; } = [];

    public IEnumerable<TargetEntry> FilledTargets() =>
        Targets.Where(t => !t.IsBlank).Select(t => new TargetEntry(t.Date!.Value, t.Value, t.Id));

    public static BenchmarkForm From(Benchmark benchmark) => new()
    {
        Kind = benchmark.Kind,
        Description = benchmark.Description,
        Measure = benchmark.Measure,
        Evidence = benchmark.Evidence,
        Frequency = benchmark.Frequency,
        Targets = [.. benchmark.Targets.Select(t => new TargetRow { Id = t.Id, Date = t.Date, Value = t.Value })],
        ConcurrencyToken = benchmark.ConcurrencyToken,
    };

    /// <summary>Keeps the filled rows and offers a few blank ones (never more than a benchmark may hold).</summary>
    public void OfferBlankRows()
    {
        Targets = [.. Targets.Where(t => !t.IsBlank)];
        while (Targets.Count < Benchmark.MaxTargets && Targets.Count(t => t.IsBlank) < BlankTargetRows)
        {
            Targets.Add(new TargetRow());
        }
    }
}

public sealed class BenchmarkFormValidator : AbstractValidator<BenchmarkForm>
{
    public BenchmarkFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose the kind of benchmark.").IsInEnum().WithMessage("Choose one of the listed kinds.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe the benchmark.")
            .MaximumLength(Benchmark.DescriptionMaxLength).WithMessage($"The benchmark must be {Benchmark.DescriptionMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Measure).MaximumLength(Benchmark.MeasureMaxLength).WithMessage($"This must be {Benchmark.MeasureMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Evidence).MaximumLength(Benchmark.EvidenceMaxLength).WithMessage($"This must be {Benchmark.EvidenceMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Frequency).MaximumLength(Benchmark.FrequencyMaxLength).WithMessage($"This must be {Benchmark.FrequencyMaxLength} characters or fewer.");
        RuleFor(f => f.Targets.Count(t => !t.IsBlank)).LessThanOrEqualTo(Benchmark.MaxTargets)
            .WithMessage($"A benchmark has at most {Benchmark.MaxTargets} targets.").OverridePropertyName(nameof(BenchmarkForm.Targets));
        RuleForEach(f => f.Targets).ChildRules(row =>
        {
            row.RuleFor(t => t.Date).NotNull().WithMessage("Enter the date of this target.").When(t => !t.IsBlank);
            row.RuleFor(t => t.Value).NotEmpty().WithMessage("Enter the target, e.g. 60%.").When(t => !t.IsBlank)
                .MaximumLength(BenchmarkTarget.ValueMaxLength).WithMessage($"A target must be {BenchmarkTarget.ValueMaxLength} characters or fewer.")
                .Must(value => value is null || SmartCheck.HasOnlySoundPercentages(value))
                .WithMessage(t => $"“{t.Value}” is not a percentage between 0 and 100.");
        });
    }
}

public sealed class ActivityForm : ItemForm
{
    [Display(Name = "Quarter")]
    public Quarter? Quarter { get; set; }

    [Display(Name = StrategySheetLabels.Activities)]
    public string? ActionStep { get; set; }

    [Display(Name = StrategySheetLabels.WhoLeads)]
    public string? Lead { get; set; }

    [Display(Name = StrategySheetLabels.Start)]
    public DateOnly? Start { get; set; }

    [Display(Name = StrategySheetLabels.Complete)]
    public DateOnly? End { get; set; }

    [Display(Name = "Frequency, or how interim progress is checked")]
    public string? Frequency { get; set; }

    [BindNever]
    public IReadOnlyList<SelectListItem> Quarters { get; set; } = [];

    public static ActivityForm From(Activity activity) => new()
    {
        Quarter = activity.Quarter,
        ActionStep = activity.ActionStep,
        Lead = activity.Lead,
        Start = activity.Start,
        End = activity.End,
        Frequency = activity.Frequency,
        ConcurrencyToken = activity.ConcurrencyToken,
    };
}

public sealed class ActivityFormValidator : AbstractValidator<ActivityForm>
{
    public ActivityFormValidator()
    {
        RuleFor(f => f.Quarter).NotNull().WithMessage("Choose the quarter.").IsInEnum().WithMessage("Choose one of the listed quarters.");
        RuleFor(f => f.ActionStep).NotEmpty().WithMessage("Describe the action step.")
            .MaximumLength(Activity.ActionStepMaxLength).WithMessage($"The action step must be {Activity.ActionStepMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Lead).MaximumLength(Activity.LeadMaxLength).WithMessage($"This must be {Activity.LeadMaxLength} characters or fewer.");
        RuleFor(f => f.Start).NotNull().WithMessage("Enter the start date.");
        RuleFor(f => f.End).NotNull().WithMessage("Enter the completion date.");
        RuleFor(f => f.End).GreaterThanOrEqualTo(f => f.Start).WithMessage("The completion date must be on or after the start date.")
            .When(f => f.Start is not null && f.End is not null);
        RuleFor(f => f.Frequency).MaximumLength(Activity.FrequencyMaxLength).WithMessage($"This must be {Activity.FrequencyMaxLength:N0} characters or fewer.");
    }
}

public sealed class FinalOutcomeForm : ItemForm
{
    [Display(Name = "Final outcome")]
    public string? Description { get; set; }

    [Display(Name = "How it is measured")]
    public string? Measure { get; set; }

    [Display(Name = "Target")]
    public string? Target { get; set; }

    [Display(Name = "By when")]
    public DateOnly? Date { get; set; }

    /// <summary>One row per school year of the plan: the PPI targets this outcome sets for it, if any.</summary>
    public List<PpiRow> Ppi { get; set; } = [];

    public static FinalOutcomeForm From(FinalOutcome outcome) => new()
    {
        Description = outcome.Description,
        Measure = outcome.Measure,
        Target = outcome.Target,
        Date = outcome.Date,
        Ppi = [.. outcome.PpiTargets.GroupBy(t => t.SchoolYear).Select(g => new PpiRow
        {
            SchoolYear = g.Key,
            Aggregate = g.FirstOrDefault(t => t.Group == PpiGroup.Aggregate)?.Value,
            HighNeeds = g.FirstOrDefault(t => t.Group == PpiGroup.HighNeeds)?.Value,
        })],
        ConcurrencyToken = outcome.ConcurrencyToken,
    };

    /// <summary>Gives the form one row for each of the plan's school years, keeping what was typed for them.</summary>
    public FinalOutcomeForm ForYears(int firstSchoolYear, int lastSchoolYear)
    {
        Ppi = [.. Enumerable.Range(firstSchoolYear, lastSchoolYear - firstSchoolYear + 1)
            .Select(year => Ppi.FirstOrDefault(r => r.SchoolYear == year) ?? new PpiRow { SchoolYear = year })];
        return this;
    }

    public IEnumerable<PpiTarget> PpiTargets() => Ppi.SelectMany(r => (IEnumerable<PpiTarget>)
    [
        .. r.Aggregate is { } aggregate ? [new PpiTarget(r.SchoolYear, PpiGroup.Aggregate, aggregate)] : Array.Empty<PpiTarget>(),
        .. r.HighNeeds is { } highNeeds ? [new PpiTarget(r.SchoolYear, PpiGroup.HighNeeds, highNeeds)] : Array.Empty<PpiTarget>(),
    ]);
}

/// <summary>A school year's PPI targets on the final outcome form.</summary>
public sealed class PpiRow
{
    public int SchoolYear { get; set; }

    [Display(Name = "Aggregate PPI target")]
    public int? Aggregate { get; set; }

    [Display(Name = "High needs students' PPI target")]
    public int? HighNeeds { get; set; }
}

public sealed class FinalOutcomeFormValidator : AbstractValidator<FinalOutcomeForm>
{
    public FinalOutcomeFormValidator()
    {
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe the final outcome.")
            .MaximumLength(FinalOutcome.DescriptionMaxLength).WithMessage($"This must be {FinalOutcome.DescriptionMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Measure).MaximumLength(FinalOutcome.MeasureMaxLength).WithMessage($"This must be {FinalOutcome.MeasureMaxLength:N0} characters or fewer.");
        RuleFor(f => f.Target).MaximumLength(FinalOutcome.TargetMaxLength).WithMessage($"This must be {FinalOutcome.TargetMaxLength} characters or fewer.");
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the date of the final outcome.");
        RuleForEach(f => f.Ppi).ChildRules(row =>
        {
            row.RuleFor(r => r.Aggregate).InclusiveBetween(0, PpiTarget.MaxValue).WithMessage($"A PPI target is a number from 0 to {PpiTarget.MaxValue}.");
            row.RuleFor(r => r.HighNeeds).InclusiveBetween(0, PpiTarget.MaxValue).WithMessage($"A PPI target is a number from 0 to {PpiTarget.MaxValue}.");
        });
    }
}
