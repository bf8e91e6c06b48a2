// Stylesheets imported by web modules mean nothing to unit tests in Node: they resolve to an empty module.
module.exports = {};
