namespace Aip.Domain.Reviews;

/// <summary>The five criteria of the Level 4 District AIP Rubric (Appendix D), in the rubric's order.</summary>
public enum RubricCriterion
{
    ProvidesFocus = 1,
    AddressesSystemicRootCauses = 2,
    QuicklyTargetsInstructionalCore = 3,
    UsefulForTrackingSufficiencyOfProgress = 4,
    BuildsLongTermCapacity = 5,
}

/// <summary>The rubric's words for each criterion: its name, what a strong plan does, and each level's description.</summary>
public static class RubricCriterionFacts
{
    public static IReadOnlyList<RubricCriterion> All { get; } =
    [
        RubricCriterion.ProvidesFocus,
        RubricCriterion.AddressesSystemicRootCauses,
        RubricCriterion.QuicklyTargetsInstructionalCore,
        RubricCriterion.UsefulForTrackingSufficiencyOfProgress,
        RubricCriterion.BuildsLongTermCapacity,
    ];

    public static string DisplayName(this RubricCriterion criterion) => criterion switch
    {
        RubricCriterion.ProvidesFocus => "Provides Focus",
        RubricCriterion.AddressesSystemicRootCauses => "Addresses Systemic Root Causes",
        RubricCriterion.QuicklyTargetsInstructionalCore => "Quickly Targets the Instructional Core",
        RubricCriterion.UsefulForTrackingSufficiencyOfProgress => "Useful for Tracking the Sufficiency of Progress",
        RubricCriterion.BuildsLongTermCapacity => "Builds Long-Term Capacity",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>What a strong plan does on this criterion, in the rubric's words (the lead of its Strong column).</summary>
    public static string Description(this RubricCriterion criterion) => criterion switch
    {
        RubricCriterion.ProvidesFocus => "The plan is clear, concise and coherent and easily understood by all stakeholders. The Plan provides a strong focus on improvement efforts on the 3-5 objectives.",
        RubricCriterion.AddressesSystemicRootCauses => "The plan uses the district review, other quantitative and qualitative data and ESE District Standards and Indicators well to accurately identify root causes of weakness.",
        RubricCriterion.QuicklyTargetsInstructionalCore => "The plan has the potential to impact on and bring about accelerated improvement in teaching and learning because it provides a strategic blueprint for tackling weaknesses and disseminating good practice.",
        RubricCriterion.UsefulForTrackingSufficiencyOfProgress => "All types of benchmarks sufficiently clear, measurable, aligned, ambitious, realistic.",
        RubricCriterion.BuildsLongTermCapacity => "The Plan includes system changes and capacity building measures that ensure that plan objectives and initiatives can be fully implemented and lead to sustainable improvement of teaching and learning.",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>The rubric's cell for this criterion at this level; numbered elements are on lines of their own.</summary>
    public static string LevelDescription(this RubricCriterion criterion, RubricRating rating) => (criterion, rating) switch
    {
        (RubricCriterion.ProvidesFocus, RubricRating.Developing) =>
            "The plan lacks a focus or coherency that is easily understood by district, teachers, parents and community members. The plan does not succinctly describe three to five overarching areas of focus and concrete initiatives under each focus area which are specifically targeted to raising student achievement and improving the quality of education. Areas of focus are not ranked in an appropriate order.",
        (RubricCriterion.ProvidesFocus, RubricRating.Emerging) =>
            "The plan is generally clear and coherent and in the main makes clear to stakeholders what will be done to bring about accelerated improvements. Some aspects of the plan need further clarification or coherency. The three to five focus areas for improvement are ranked in an appropriate order. Some focus areas and initiatives need greater clarity and alignment to help secure expected outcomes.",
        (RubricCriterion.ProvidesFocus, RubricRating.ReadyToImplement) =>
            "The plan is focused and coherent and written in a manner that is accessible and easy to understand for all stakeholders. Some minor aspects of the plan need greater clarity. Areas of focus are ranked in an appropriate order but together with identified initiatives need further minor refinements and alignment to help ensure best possible impact on student achievement and learning.",
        (RubricCriterion.ProvidesFocus, RubricRating.Strong) =>
            "The plan is well written because it is clear, concise and coherent and easily understood by all stakeholders. It is clearly evident what the core issues are and what will be done to address them. The objectives are ranked appropriately and there is strong alignment between the objectives and initiatives with a clear focus on bringing about accelerated and sustained improvements in student achievement and teaching and learning. The Plan provides a strong focus on improvement efforts on the 3-5 objectives.",

        (RubricCriterion.AddressesSystemicRootCauses, RubricRating.Developing) =>
            "The plan fails to accurately identify the core issues, focus areas and challenges to rapidly improve student outcomes. Outlined strategies to address weaknesses appear weak and lack rigor. Areas of focus and challenges are not drawn from the district review report, along with other quantitative and qualitative data and are not aligned to ESE District Standards and Indicators. It is unclear why areas of focus in the plan have been chosen. Plan does not address issues in the district review report that could seriously hinder Plan implementation.",
        (RubricCriterion.AddressesSystemicRootCauses, RubricRating.Emerging) =>
            "The plan in general way identifies areas of weakness in student achievement and learning. It is mostly clear why priorities are chosen because they are generally consistent with the district review, other data and are aligned to ESE District Standards and Indicators.",
        (RubricCriterion.AddressesSystemicRootCauses, RubricRating.ReadyToImplement) =>
            "The plan accurately identifies areas of weakness and it is clear why core issues and objectives were selected. The plan makes appropriate reference to the district review, other data and alignment to ESE District Standards and Indicators, to identify areas for improvement. A small number of identified strategies for securing improvement and addressing interdependencies and obstacles are in need of further consideration.",
        (RubricCriterion.AddressesSystemicRootCauses, RubricRating.Strong) =>
            "The plan uses the district review, other quantitative and qualitative data and ESE District Standards and Indicators well to accurately identify root causes of weakness. Strategies to tackle identified weaknesses are rigorous and analytical and are systematic in addressing interdependencies and barriers to success. The identified issues and strategies are firmly focused on impacting on accelerating student learning and achievement. Addresses key weaknesses in the district.",

        (RubricCriterion.QuicklyTargetsInstructionalCore, RubricRating.Developing) =>
            "The plan fails to make clear how the district it will bring about accelerated and sustained improvements in teaching and learning. The plan does not clearly and strategically identify how any of the three key elements are to be effectively met.",
        (RubricCriterion.QuicklyTargetsInstructionalCore, RubricRating.Emerging) =>
            "The plan provides a strategic and achievable outline for meeting one of the three key elements. Improvements and refinements are needed in the strategic planning for the other two key elements.",
        (RubricCriterion.QuicklyTargetsInstructionalCore, RubricRating.ReadyToImplement) =>
            "The plan provides a strategic and achievable outline for meeting two out of the three key elements. Improvements and refinements are needed in the strategic planning for the other key element.",
        (RubricCriterion.QuicklyTargetsInstructionalCore, RubricRating.Strong) =>
            """
            The plan has the potential to impact on and bring about accelerated improvement in teaching and learning because it provides a strategic blueprint for tackling weaknesses and disseminating good practice. The plan systematically addresses the three key elements by ensuring:
            1. There are “quick wins” planned for students and/or teachers.
            2. It makes clear the direct “through-line” between improvement activities and improvement in teaching.
            3. It makes clear the direct “through-line” between improvement activities and learning outcomes for students.
            """,

        (RubricCriterion.UsefulForTrackingSufficiencyOfProgress, RubricRating.Developing) =>
            "To track the sufficiency of progress, benchmarks need to be strengthened. The plan meets less than two of the specified standard benchmarks.",
        (RubricCriterion.UsefulForTrackingSufficiencyOfProgress, RubricRating.Emerging) =>
            "The plan is in need of further refinement and modification to ensure its effectiveness in tracking progress. Two of the four standard benchmarks are met but two are not.",
        (RubricCriterion.UsefulForTrackingSufficiencyOfProgress, RubricRating.ReadyToImplement) =>
            "Additional refinement is needed in one of the criteria, as currently only three out of the four benchmarks, including final outcomes, meet the standard.",
        (RubricCriterion.UsefulForTrackingSufficiencyOfProgress, RubricRating.Strong) =>
            """
            All types of benchmarks sufficiently clear, measurable, aligned, ambitious, realistic:
            1. Process benchmarks (“Activities”) are clear, measurable (there will be sufficient collectable data concerning the frequency/quantity and quality of activities), and likely to result in the district’s ability to meet its “Early evidence of change benchmarks.”
            2. Early evidence of change benchmarks are clear, measurable (there will be sufficient collectable data concerning the frequency/quantity and quality of changes to adult practice and behavior), and likely to result in the district’s ability to meet its “interim outcomes”.
            3. Interim outcomes are clear, measurable, and likely to result in the district’s ability to meet its “final outcomes.”
            4. Final outcomes are clear, measurable, ambitious, realistic.
            """,

        (RubricCriterion.BuildsLongTermCapacity, RubricRating.Developing) =>
            "The plan fails to clearly and strategically outline how identified and stated objectives and initiatives will lead to sustainable improvements in student achievement and teaching and learning. It is not clear how plan objectives and initiatives will lead to sustained improvement in teaching and learning.",
        (RubricCriterion.BuildsLongTermCapacity, RubricRating.Emerging) =>
            "The plan is in need of further refinement and modification to increase its potential to bring about sustained improvements in student academic outcomes and teaching and learning. Only one of the three elements of capacity building measures is adequately addressed in the plan.",
        (RubricCriterion.BuildsLongTermCapacity, RubricRating.ReadyToImplement) =>
            "Additional refinements and amendments are needed in one the three elements of capacity building. The other two have been clearly met.",
        (RubricCriterion.BuildsLongTermCapacity, RubricRating.Strong) =>
            """
            The plan fully meets requirements and expectations. The Plan includes system changes and capacity building measures that ensure that plan objectives and initiatives can be fully implemented and lead to sustainable improvement of teaching and learning because
            1. It is do-able given the current capacity and/or capacity-building activities written in the Plan.
            2. Plan sufficiently accounts for obstacles and interdependencies.
            3. Plan is likely to lead to sustained change over time.
            """,

        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };
}
