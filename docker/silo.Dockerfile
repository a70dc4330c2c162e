# The silo host (cluster mode). Build from the repository root:
#   docker build -f docker/silo.Dockerfile --build-arg DOTNET_SDK_IMAGE=… --build-arg DOTNET_RUNTIME_IMAGE=… .
# The two images are the .NET 10 SDK (matching global.json) and the ASP.NET Core 10 runtime of the
# registry you use; docker/compose.yaml passes them from ISE_DOTNET_SDK_IMAGE and ISE_DOTNET_RUNTIME_IMAGE.
ARG DOTNET_SDK_IMAGE
ARG DOTNET_RUNTIME_IMAGE

FROM ${DOTNET_SDK_IMAGE} AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Ise.Grains.Abstractions/Ise.Grains.Abstractions.csproj src/Ise.Grains.Abstractions/
COPY src/Ise.Grains/Ise.Grains.csproj src/Ise.Grains/
COPY src/Ise.Silo/Ise.Silo.csproj src/Ise.Silo/
RUN dotnet restore src/Ise.Silo/Ise.Silo.csproj
COPY src/Ise.Grains.Abstractions/ src/Ise.Grains.Abstractions/
COPY src/Ise.Grains/ src/Ise.Grains/
COPY src/Ise.Silo/ src/Ise.Silo/
RUN dotnet publish src/Ise.Silo/Ise.Silo.csproj --configuration Release --no-restore --output /app

FROM ${DOTNET_RUNTIME_IMAGE} AS runtime
WORKDIR /app
COPY --from=build /app ./
# The runtime images carry an unprivileged "app" user (uid 1654); the silo needs no root.
USER 1654
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Ise__Mode=Cluster \
    Ise__Orleans__ListenOnAllInterfaces=true
EXPOSE 8080 11111 30000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["dotnet", "Ise.Silo.dll", "probe", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "Ise.Silo.dll"]
