using TalentPortal.PolicyMatching.Rules;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record WhatIfChange(string PolicyCode, LocalizedText Name, string Before, string After, decimal? AmountBefore, decimal? AmountAfter);
