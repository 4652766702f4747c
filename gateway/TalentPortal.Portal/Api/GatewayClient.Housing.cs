namespace TalentPortal.Portal.Api;

/// <summary>Talent apartments and service requests (housing).</summary>
public sealed partial class GatewayClient
{
    public Task<ApiResult<List<ApartmentProject>>> ListProjectsAsync(CancellationToken ct) =>
        SendAsync<List<ApartmentProject>>(HttpMethod.Get, "api/housing/projects", null, ct);

    public Task<ApiResult<List<HousingApplication>>> ListHousingApplicationsAsync(CancellationToken ct) =>
        SendAsync<List<HousingApplication>>(HttpMethod.Get, "api/housing/applications", null, ct);

    public Task<ApiResult<HousingApplication>> ApplyForApartmentAsync(HousingApplicationRequest request, CancellationToken ct) =>
        SendAsync<HousingApplication>(HttpMethod.Post, "api/housing/applications", request, ct);

    public Task<ApiResult<QueuePosition>> GetQueuePositionAsync(Guid applicationId, CancellationToken ct) =>
        SendAsync<QueuePosition>(HttpMethod.Get, $"api/housing/applications/{applicationId}/position", null, ct);

    public Task<ApiResult<HousingApplication>> WithdrawHousingApplicationAsync(Guid applicationId, CancellationToken ct) =>
        SendAsync<HousingApplication>(HttpMethod.Post, $"api/housing/applications/{applicationId}/withdraw", null, ct);

    public Task<ApiResult<Lease>> AcceptOfferAsync(Guid offerId, CancellationToken ct) =>
        SendAsync<Lease>(HttpMethod.Post, $"api/housing/offers/{offerId}/accept", null, ct);

    public Task<ApiResult<ApartmentOffer>> RefuseOfferAsync(Guid offerId, string? reason, CancellationToken ct) =>
        SendAsync<ApartmentOffer>(HttpMethod.Post, $"api/housing/offers/{offerId}/refuse", new { reason }, ct);

    public Task<ApiResult<List<Lease>>> ListLeasesAsync(CancellationToken ct) =>
        SendAsync<List<Lease>>(HttpMethod.Get, "api/housing/leases", null, ct);

    public Task<ApiResult<RentSchedule>> GetRentScheduleAsync(Guid leaseId, CancellationToken ct) =>
        SendAsync<RentSchedule>(HttpMethod.Get, $"api/housing/leases/{leaseId}/rent-schedule", null, ct);

    public Task<ApiResult<List<ServiceCategory>>> ListServiceCategoriesAsync(CancellationToken ct) =>
        SendAsync<List<ServiceCategory>>(HttpMethod.Get, "api/housing/service-requests/categories", null, ct);

    public Task<ApiResult<List<ServiceRequest>>> ListServiceRequestsAsync(CancellationToken ct) =>
        SendAsync<List<ServiceRequest>>(HttpMethod.Get, "api/housing/service-requests", null, ct);

    public Task<ApiResult<ServiceRequest>> RaiseServiceRequestAsync(RaiseServiceRequest request, CancellationToken ct) =>
        SendAsync<ServiceRequest>(HttpMethod.Post, "api/housing/service-requests", request, ct);

    public Task<ApiResult<ServiceRequest>> WithdrawServiceRequestAsync(Guid requestId, CancellationToken ct) =>
        SendAsync<ServiceRequest>(HttpMethod.Post, $"api/housing/service-requests/{requestId}/transitions", new { action = "withdraw" }, ct);

    public Task<ApiResult<ServiceRequest>> AnswerSurveyAsync(Guid requestId, SurveyAnswer answer, CancellationToken ct) =>
        SendAsync<ServiceRequest>(HttpMethod.Post, $"api/housing/service-requests/{requestId}/survey", answer, ct);
}
