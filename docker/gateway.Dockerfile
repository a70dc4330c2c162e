# The gateway host (GraphQL, hubs, pages) in cluster mode. Build from the repository root:
#   docker build -f docker/gateway.Dockerfile --build-arg DOTNET_SDK_IMAGE=… --build-arg DOTNET_RUNTIME_IMAGE=… .
# See silo.Dockerfile for the two image arguments.
ARG DOTNET_SDK_IMAGE
ARG DOTNET_RUNTIME_IMAGE

FROM ${DOTNET_SDK_IMAGE} AS build
# The web assets (GraphQL explorer, SignalR client) are restored from npm by the build.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Ise.Grains.Abstractions/Ise.Grains.Abstractions.csproj src/Ise.Grains.Abstractions/
COPY src/Ise.Grains/Ise.Grains.csproj src/Ise.Grains/
COPY src/Ise.Gateway/Ise.Gateway.csproj src/Ise.Gateway/
RUN dotnet restore src/Ise.Gateway/Ise.Gateway.csproj
COPY src/ src/
RUN dotnet publish src/Ise.Gateway/Ise.Gateway.csproj --configuration Release --no-restore --output /app

FROM ${DOTNET_RUNTIME_IMAGE} AS runtime
WORKDIR /app
COPY --from=build /app ./
USER 1654
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Ise__Mode=Cluster
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["dotnet", "Ise.Gateway.dll", "probe", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "Ise.Gateway.dll"]
