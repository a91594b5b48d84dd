// `npm run test:pg` runs the whole suite against PostgreSQL; it needs a server to create
// throw-away databases on. Start one with: export DATABASE_URL=$(test/pg-cluster.sh start)
if (!process.env.DATABASE_URL) {
  process.stderr.write(
    'test:pg needs DATABASE_URL (a PostgreSQL role that may CREATE DATABASE).\n' +
      'Start a local throw-away cluster with: export DATABASE_URL=$(test/pg-cluster.sh start)\n',
  );
  process.exit(1);
}
